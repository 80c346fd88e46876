// `testTimeout` is a global Jest option, ignored per project when the root config runs every project:
// the e2e tests set their own here (five real processes start per file; steps cross RabbitMQ).
jest.setTimeout(Math.max(300_000, Number(process.env['SX_E2E_READY_TIMEOUT_MS'] ?? 0) + 30_000));
