/**
 * A button in the app bar that opens a short menu (New, Backup): each item closes the menu,
 * then runs. Escape or a click anywhere else closes it too (Escape gives the focus back to the
 * button), as a menu does.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'

export interface MenuItem {
  label: ReactNode
  run(): void
}

export function MenuButton({ label, items }: { label: ReactNode; items: MenuItem[] }) {
  const ref = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (!open) return
    const details = ref.current
    const close = () => details?.removeAttribute('open')
    const onPointer = (event: PointerEvent) => {
      if (details && !details.contains(event.target as Node)) close()
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      close()
      details?.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])
  return (
    <details ref={ref} className="menu-button" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      <div className="menu" role="menu">
        {items.map((item, i) => (
          <button
            key={i}
            type="button"
            role="menuitem"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open')
              item.run()
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </details>
  )
}

/** A button that lets the user choose files (the input is reset, so the same file can be chosen again). */
export function FileButton({
  label,
  accept,
  multiple,
  onFiles,
}: {
  label: ReactNode
  accept: string
  multiple?: boolean
  onFiles(files: File[]): void
}) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])]
          e.currentTarget.value = ''
          if (files.length > 0) onFiles(files)
        }}
      />
    </label>
  )
}
