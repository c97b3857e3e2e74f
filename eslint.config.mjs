import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// lib/'s floors, lowest first: a folder imports only from its own floor or those below (README, "Layout").
const FLOORS = [
  ["lib/grader", "lib/env.ts", "lib/fuzz"],
  ["lib/planner", "lib/editor", "lib/db", "lib/security"],
  ["lib/auth", "lib/stories"],
  ["lib/planner-data"],
  ["lib/http.ts"],
];
const layerZones = FLOORS.flatMap((floor, i) =>
  floor.map((target) => ({
    target: `./${target}`,
    from: [...FLOORS.slice(i + 1).flat(), "app", "proxy.ts", "scripts", "tests", "e2e"].map((higher) => `./${higher}`),
    message: `${target} sits below what it imports: move the shared code down (README, "Layout").`,
  })),
);

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextVitals,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // No import cycles, type-only imports included: shared types live in the lower layer.
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
);
