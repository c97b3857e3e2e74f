import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { ActivityNotice } from "@/app/_components/activity-notice";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { getSessionUser } from "@/lib/auth/server";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "StoryBank", template: "%s · StoryBank" },
  description: "Draft STAR interview stories and see, line by line, what makes each one weak or strong.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const linkClass = "rounded px-2 py-1 text-sm font-medium text-ink hover:bg-slate-100";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="mr-2 text-lg font-semibold text-brand-dark">
              StoryBank
            </Link>
            {user && (
              <>
                <Link href="/stories" className={linkClass}>
                  My stories
                </Link>
                <Link href="/plan" className={linkClass}>
                  Interview plan
                </Link>
              </>
            )}
            <Link href="/grade" className={linkClass}>
              Grade a story
            </Link>
            <div className="ml-auto flex items-center gap-2">
              {user ? (
                <>
                  <span className="hidden text-sm text-muted sm:inline" data-testid="signed-in-as">
                    {user.email}
                  </span>
                  <Link href="/account" className={linkClass}>
                    Account
                  </Link>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className={linkClass}>
                    Sign in
                  </Link>
                  <Link href="/sign-up" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark">
                    Create account
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        {user && <ActivityNotice user={user} />}
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
