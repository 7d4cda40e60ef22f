/** A file path the administrator may need to copy: selectable, monospace, on its own line. */
export function ResultPath({ label, path, testId }: { label: string; path: string; testId?: string }) {
  return (
    <p className="support-result">
      <span>{label}</span> <span className="mono selectable" data-testid={testId}>{path}</span>
    </p>
  );
}
