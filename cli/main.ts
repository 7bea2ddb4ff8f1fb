export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`args: ${argv.join(' ')}\n`);
  return 0;
}
