export { seedDemoBank, describeSeed } from './seed-demo-bank.js';
export type { SeedOptions, SeedSummary } from './seed-demo-bank.js';
export { hasCustomers, resetDatabase } from './reset.js';
export { alexRivera } from './anchor-alex.js';
export { priyaShah, marcusChen, cardLostCustomer } from './anchor-others.js';
export { demoSeed } from './seed-random.js';
