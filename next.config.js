/** @type {import('next').NextConfig} */
const nextConfig = {
  // No "X-Powered-By: Next.js" header: it only tells attackers what to try.
  poweredByHeader: false,
};

export default nextConfig;
