import type { Metadata } from "next";
import { Suspense } from "react";

import { AuthForm } from "@/app/_components/auth-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <Suspense>
      <AuthForm mode="sign-in" minPasswordLength={PASSWORD_MIN_LENGTH} />
    </Suspense>
  );
}
