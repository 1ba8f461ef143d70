/** Storage failures, told in words a forwarder understands. */
import i18n from '../i18n'

export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'lrn-taken' | 'unavailable' | 'other',
  ) {
    super(message)
  }
}

export function describeStorageError(error: unknown, context: { lrn?: string } = {}): StorageError {
  if (error instanceof StorageError) return error
  const name = (error as { name?: string } | null)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const names = [name, inner]
  if (names.includes('QuotaExceededError')) {
    return new StorageError(i18n.t('storage.quota'), 'quota')
  }
  if (names.includes('ConstraintError')) {
    return new StorageError(i18n.t('storage.lrnTaken', { lrn: context.lrn ?? '' }), 'lrn-taken')
  }
  if (
    names.some((n) =>
      [
        'DatabaseClosedError',
        'MissingAPIError',
        'InvalidStateError',
        'UnknownError',
        'OpenFailedError',
        'VersionError',
      ].includes(n),
    )
  ) {
    return new StorageError(i18n.t('storage.unavailable'), 'unavailable')
  }
  return new StorageError(
    i18n.t('storage.other', { reason: (error as Error | null)?.message ?? String(error) }),
    'other',
  )
}
