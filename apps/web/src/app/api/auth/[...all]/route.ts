import { allowedOrigins } from "~/server/app-origins";
import { getAuth } from "~/server/auth";
import { authRoute } from "~/serving/routes/auth-route";

export const dynamic = "force-dynamic";

const handler = authRoute((request) => getAuth().handler(request), allowedOrigins);

export { handler as GET, handler as POST };
