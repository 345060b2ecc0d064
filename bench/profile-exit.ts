/**
 * Loaded into the service (`--import`) only by `npm run bench -- --profile`.
 * node --cpu-prof writes its profile when the process exits; a graceful stop
 * can take longer than the bench waits (the outbox finishes what it holds,
 * paced at one Slack post a second), and SIGKILL writes nothing. SIGUSR2
 * makes the process exit at once, profile written.
 */
process.on('SIGUSR2', () => {
  process.exit(0);
});
