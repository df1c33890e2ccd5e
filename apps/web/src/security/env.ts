/** Next inlines NODE_ENV at build time: true in the production build, whatever the runtime sets. */
export const isProductionBuild = () => process.env.NODE_ENV === "production";
