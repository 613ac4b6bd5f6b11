/**
 * The version of the record schemas in `src/domain`. Every record carries it so that a device or a
 * server that meets a newer record can say so instead of misreading it. Bump it only together with a
 * migration of stored records; the value is compared, never parsed.
 */
export const SCHEMA_VERSION = 1 as const;
