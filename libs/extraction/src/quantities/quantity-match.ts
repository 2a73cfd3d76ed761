import type { Quantity } from './quantity';

/** A quantity found at some tokens (offsets local to the scanned text), and the index of the token after it. */
export interface QuantityMatch {
  quantity: Quantity;
  next: number;
}
