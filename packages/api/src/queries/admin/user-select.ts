/** The columns of a user the admin pages show. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
} as const;
