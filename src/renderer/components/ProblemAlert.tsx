/** What went wrong, in one sentence, announced to screen readers; nothing when all is well. */
export function ProblemAlert({ problem }: { problem: string }) {
  if (!problem) return null
  return (
    <p className="packet-problem" role="alert">
      {problem}
    </p>
  )
}
