import type { Metadata } from "next";
import { Suspense } from "react";

import { AuthForm } from "@/app/_components/auth-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <Suspense>
      <AuthForm mode="sign-up" minPasswordLength={PASSWORD_MIN_LENGTH} />
    </Suspense>
  );
}
