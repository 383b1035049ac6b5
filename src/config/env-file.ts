import dotenv from "dotenv";

/**
 * Loads `.env` from the working directory into `process.env`, once, at start-up. Variables
 * already set in the environment win, so a shell or process manager can override the file.
 * A missing file is fine (production usually sets real environment variables); an unreadable
 * one is an error the caller reports. `DOTENV_PATH` names another file.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): void {
  const result = dotenv.config({ quiet: true, processEnv: env, path: env.DOTENV_PATH || ".env" });
  const code = (result.error as { code?: string } | undefined)?.code;
  if (result.error && code !== "ENOENT") {
    throw new Error(`could not read ${env.DOTENV_PATH || ".env"}: ${result.error.message}`);
  }
}
