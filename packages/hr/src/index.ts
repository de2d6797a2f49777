export * from './plan-form.js';
