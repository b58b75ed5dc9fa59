// Loaded with --import by the benchmark: reports this process's peak memory on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.JIESU_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
