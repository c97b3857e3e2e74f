/** @type {import('next').NextConfig} */
const nextConfig = {
  // No "X-Powered-By: Next.js" header: it only tells attackers what to try.
  poweredByHeader: false,
  experimental: {
    // proxy.ts runs before every route, so Next buffers each request body for it, by default only the
    // first 10 MB, silently. An import may be 20 MB (MAX_IMPORT_BYTES) plus a multipart form's framing;
    // the import route also refuses a body shorter than its Content-Length.
    proxyClientMaxBodySize: 21 * 1024 * 1024,
  },
};

export default nextConfig;
