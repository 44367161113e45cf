// A tiny SMTP server for the browser tests: the site under test sends its
// e-mail here (SMTP_URL), and each message is written to a folder as
// <n>.json { to, raw }, where a test reads the link it carries. 127.0.0.1
// only; no TLS, no authentication: test traffic on this machine alone.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";

export function startMailCatcher(folder: string, port: number): Promise<Server> {
  let count = 0;
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let recipients: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 mail-catcher ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const raw = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          writeFileSync(path.join(folder, `${String(++count).padStart(6, "0")}.json`), JSON.stringify({ to: recipients, raw }));
          recipients = [];
          reply("250 OK");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 mail-catcher");
        else if (verb === "MAIL" || verb === "RSET" || verb === "NOOP") reply("250 OK");
        else if (verb === "RCPT") {
          recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1").toLowerCase());
          reply("250 OK");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
          return;
        } else reply("502 Not implemented");
      }
    });
    socket.on("error", () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
