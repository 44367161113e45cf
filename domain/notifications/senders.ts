import "server-only";

import nodemailer, { type Transporter } from "nodemailer";

import type { OutboxMessage } from "@/db/schema";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

export type Channel = OutboxMessage["channel"];
export type OutgoingMessage = { id: number; channel: Channel; recipient: string; template: string; subject: string; text: string };
/** Delivers one message or throws: the dispatcher turns a throw into a retry. */
export type Sender = (message: OutgoingMessage) => Promise<void>;
export type Senders = Record<Channel, Sender>;

// The recipient is personal data: the log names the outbox row, never the address.
const sentLine = (m: OutgoingMessage) => ({ outboxId: m.id, channel: m.channel, template: m.template });

export const logSender: Sender = async (message) => {
  logger.info(sentLine(message), "notification sent");
};

// One transport per SMTP URL, reused across runs instead of rebuilt per message.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Short timeouts keep one send well inside the dispatcher's claim (see dispatch.ts).
    transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** E-mail over SMTP. The URL is injectable so tests can point it at their own server. */
export function emailSender({ smtpUrl = env.smtpUrl, from = env.mailFrom }: { smtpUrl?: string; from?: string } = {}): Sender {
  // Without SMTP_URL (the demo, development) e-mail falls back to the log, so
  // submitting still works and the outbox still drains.
  if (!smtpUrl) return logSender;
  return async (message) => {
    await transportFor(smtpUrl).sendMail({ from, to: message.recipient, subject: message.subject, text: message.text });
    logger.info(sentLine(message), "notification delivered over SMTP");
  };
}

/** Text messages: POST { to, text } as JSON to the gateway; anything but 2xx is a failure. */
export function smsSender({ gatewayUrl = env.smsGatewayUrl }: { gatewayUrl?: string } = {}): Sender {
  // Without SMS_GATEWAY_URL text messages fall back to the log, like e-mail.
  if (!gatewayUrl) return logSender;
  return async (message) => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ to: message.recipient, text: message.text }),
      signal: AbortSignal.timeout(10_000),
    });
    // Read to the end so the connection can be reused; the gateway's answer itself is not needed.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    logger.info(sentLine(message), "notification delivered to the SMS gateway");
  };
}

export function defaultSenders(): Senders {
  return { log: logSender, email: emailSender(), sms: smsSender() };
}
