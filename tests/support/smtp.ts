// A real SMTP server for tests (smtp-server, the library nodemailer's authors ship for this): it keeps
// what it receives, and can be told to refuse every message (a mail server that is down or full).
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string };

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  /** While true every message is refused with 451 (a temporary failure). */
  setFailing(failing: boolean): void;
  close(): Promise<void>;
};

export async function startSmtp(opts: { failing?: boolean } = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let failing = !!opts.failing;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        if (failing) {
          const err = Object.assign(new Error("Hộp thư tạm thời không nhận thư"), { responseCode: 451 });
          return callback(err);
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setFailing: (f) => void (failing = f),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
