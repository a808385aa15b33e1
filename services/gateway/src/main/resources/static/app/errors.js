// What a failed call to the API tells: its status, and the problem's fields (application/problem+json).
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The request failed (${status}).`);
    this.status = status;
    this.problem = problem ?? {};
    this.fields = problem?.errors ?? [];
  }
}
