import request from 'supertest';
import type { TestStack } from './harness';

export type TestUser = { id: string; key: string };

/** `as(user).post(path, body)`: requests to the stack's API with that user's key. */
export function clientFor(stack: TestStack) {
  return (user: TestUser) => ({
    post: (path: string, body: object = {}) => request(stack.http).post(path).set('Authorization', `Bearer ${user.key}`).send(body),
    patch: (path: string, body: object) => request(stack.http).patch(path).set('Authorization', `Bearer ${user.key}`).send(body),
    delete: (path: string, body: object) => request(stack.http).delete(path).set('Authorization', `Bearer ${user.key}`).send(body),
    get: (path: string) => request(stack.http).get(path).set('Authorization', `Bearer ${user.key}`),
  });
}
