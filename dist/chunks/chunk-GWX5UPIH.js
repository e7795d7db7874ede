import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);

// src/findings/workspace-file.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function isInside(root, target) {
  const rel = path.relative(root, target);
  return rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
function resolvesInside(workspace, file, realWorkspace) {
  try {
    return isInside(realWorkspace ?? realpathSync(workspace), realpathSync(file));
  } catch {
    return false;
  }
}
function isRegularFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function readWorkspaceFile(workspace, repoPath, maxBytes, realWorkspace) {
  const abs = path.resolve(workspace, repoPath);
  if (!isInside(workspace, abs) || !resolvesInside(workspace, abs, realWorkspace)) return void 0;
  try {
    const stat = statSync(abs);
    return !stat.isFile() || stat.size > maxBytes ? void 0 : readFileSync(abs, "utf8");
  } catch {
    return void 0;
  }
}

export {
  isInside,
  resolvesInside,
  isRegularFile,
  readWorkspaceFile
};
