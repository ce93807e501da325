/**
 * Which release asset of convex-local-backend runs here. The names are those the Convex CLI
 * downloads (cli/lib/localDeployment/download.js); there is no build for other platforms.
 */
export function releaseTarget(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string | undefined {
  switch (`${platform}/${arch}`) {
    case "linux/x64":
      return "x86_64-unknown-linux-gnu";
    case "linux/arm64":
      return "aarch64-unknown-linux-gnu";
    case "darwin/x64":
      return "x86_64-apple-darwin";
    case "darwin/arm64":
      return "aarch64-apple-darwin";
    case "win32/x64":
      return "x86_64-pc-windows-msvc";
    default:
      return undefined;
  }
}

export function assetName(target: string): string {
  return `convex-local-backend-${target}.zip`;
}

export function executableName(platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? "convex-local-backend.exe" : "convex-local-backend";
}
