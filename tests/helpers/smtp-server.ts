// A small SMTP server for tests of the e-mail sender, and how to read what it received.
import { createServer, type AddressInfo, type Socket } from "node:net";

/** Just enough SMTP to receive a message: 127.0.0.1, a free port, no extensions. */
export async function startSmtpServer({ refuseRecipients = false } = {}) {
  const commands: string[] = [];
  const mails: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let pending = "";
    let data: string[] | null = null;
    reply("220 smtp.test ESMTP");
    socket.on("data", (chunk) => {
      pending += chunk.toString("latin1");
      for (let end = pending.indexOf("\r\n"); end >= 0; end = pending.indexOf("\r\n")) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        if (data && line === ".") {
          mails.push(data.join("\r\n"));
          data = null;
          reply("250 2.0.0 queued");
          continue;
        }
        if (data) {
          // A leading dot is doubled on the wire so that "." alone ends the message.
          data.push(line.startsWith(".") ? line.slice(1) : line);
          continue;
        }
        commands.push(line);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO" || verb === "MAIL") reply("250 OK");
        else if (verb === "RCPT") reply(refuseRecipients ? `550 5.1.1 ${line.slice(8)} no such mailbox` : "250 OK");
        else if (verb === "DATA") {
          data = [];
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else reply("502 not implemented");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { port: (server.address() as AddressInfo).port, commands, mails, close };
}

function bytesOf(quotedPrintable: string): Buffer {
  const text = quotedPrintable.replace(/=\r\n/g, "");
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
}

/** The subject and text of a simple one-part message, with MIME encodings undone. */
export function decodeMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => headers.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1] ?? "";
  const word = /=\?utf-8\?([bq])\?([^?]*)\?=/gi;
  const subject = header("Subject").replace(new RegExp(`${word.source}(?:\\s+${word.source})*`, "gi"), (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, kind, text]) =>
        kind!.toLowerCase() === "b" ? Buffer.from(text!, "base64") : bytesOf(text!.replace(/_/g, " ")),
      ),
    ).toString("utf8"),
  );
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s/g, ""), "base64")
      : encoding === "quoted-printable"
        ? bytesOf(body)
        : Buffer.from(body, "latin1");
  return { subject, text: text.toString("utf8").replace(/\r\n/g, "\n") };
}
