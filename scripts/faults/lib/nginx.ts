import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, onCleanup } from "./verdict";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface LoadBalancer {
  url: string;
}

/**
 * nginx on loopback in the foreground with a config of its own (nothing of the system's nginx
 * is used), round-robin over `upstreams`. It sets X-Forwarded-For to the address it sees, and
 * names the instance that answered in an X-Upstream response header.
 */
export async function startNginx(upstreams: string[], port: number): Promise<LoadBalancer> {
  if (!fs.existsSync(NGINX)) {
    throw new Error(
      `No nginx at ${NGINX}: install it (apt-get install -y nginx) or set NGINX_PATH.`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-faults-nginx-"));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  const servers = upstreams.map((u) => `    server ${new URL(u).host};`).join("\n");
  const conf = `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 64m;
  upstream app {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # The address nginx sees, replacing whatever the client sent. The app (TRUSTED_PROXIES
      # = loopback) takes the right-most entry that is not a trusted proxy, so appending
      # ($proxy_add_x_forwarded_for) would do as well; replacing keeps the header short.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(
    NGINX,
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  onCleanup(async () => {
    child.kill("SIGQUIT");
    await exited;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        log(`nginx is up at ${url}, round-robin over ${upstreams.join(" and ")}`);
        return { url };
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer: ${stderr}`);
}
