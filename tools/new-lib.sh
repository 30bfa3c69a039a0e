#!/usr/bin/env bash
# usage: tools/new-lib.sh <dir> <name> <tags comma-separated> [jsdom]
set -euo pipefail
dir=$1; name=$2; tags=$3; env=${4:-node}
depth=$(echo "$dir" | awk -F/ '{print NF}')
up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src"
tagjson=$(echo "$tags" | sed 's/[^,]*/"&"/g')
cat > "$dir/project.json" <<J
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tagjson],
  "targets": {
    "lint": {},
    "test": {}
  }
}
J
cat > "$dir/tsconfig.json" <<J
{
  "extends": "${up}tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
J
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["node"] },
  "include": ["src/**/*.ts", "src/**/*.tsx"],
  "exclude": ["jest.config.ts", "src/**/*.spec.ts", "src/**/*.spec.tsx"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["jest", "node"] },
  "include": ["jest.config.ts", "src/**/*.spec.ts", "src/**/*.spec.tsx", "src/**/*.d.ts"]
}
J
cat > "$dir/jest.config.ts" <<J
export default {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  testEnvironment: '$env',
  transform: { '^.+\\\\.[tj]sx?\$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'html'],
  coverageDirectory: '${up}coverage/$dir',
};
J
