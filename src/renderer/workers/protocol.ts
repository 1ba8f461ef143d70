/**
 * The messages between a worker client (worker-client.ts) and the worker it talks to
 * (worker-host.ts): every request carries an id, and every answer names the request it answers.
 */
export interface WorkerRequest<Request> {
  id: number
  request: Request
}

export type WorkerAnswer<Answer, Progress> =
  | { id: number; kind: 'done'; answer: Answer }
  | { id: number; kind: 'failed'; message: string }
  | { id: number; kind: 'progress'; progress: Progress }
