import { useEffect, useRef, type ReactNode } from 'react'

/** A native modal dialog: focus stays inside, Escape cancels. */
export function Modal({
  title,
  children,
  onCancel,
}: {
  title: string
  children: ReactNode
  onCancel(): void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  )
}
