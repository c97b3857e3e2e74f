"use client";

import { createAuthClient } from "better-auth/react";

// Same origin as the page: the app may run on any host and port.
export const authClient = createAuthClient();
