import { buildAll } from "../scripts/build";

export default async function setup(): Promise<void> {
  await buildAll();
}
