/**
 * A button in the app bar that opens a short menu (New, Backup): each item closes the menu,
 * then runs.
 */
import type { ReactNode } from 'react'

export interface MenuItem {
  label: ReactNode
  run(): void
}

export function MenuButton({ label, items }: { label: ReactNode; items: MenuItem[] }) {
  return (
    <details className="menu-button">
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
