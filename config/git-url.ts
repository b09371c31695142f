// Which repository a GitOps URL names, whatever way it is spelled: two environments whose
// `gitops.repoUrl`s differ only in spelling point their controllers at one repository.

/**
 * The repository a Git URL names, as `host/path`: the host lower-cased, the scheme, user and
 * port dropped (`https://`, `ssh://git@` and scp-like `git@host:org/repo` reach one repository on
 * every common forge), `.git` and trailing `/` removed. Compared case-insensitively by callers:
 * GitHub, GitLab and Azure Repos treat owner and repository names case-insensitively.
 */
export function repositoryKey(url: string): string {
  let host: string;
  let repoPath: string;
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):(.*)$/.exec(url);
  if (scp && !url.includes("://")) {
    host = scp[1];
    repoPath = scp[2];
  } else {
    try {
      const u = new URL(url);
      host = u.hostname;
      repoPath = decodeURIComponent(u.pathname);
    } catch {
      return url.toLowerCase();
    }
  }
  const segments = repoPath.split("/").filter((s) => s !== "" && s !== ".");
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last].replace(/\.git$/i, "");
  return `${host.toLowerCase().replace(/\.$/, "")}/${segments.filter((s) => s !== "").join("/")}`.toLowerCase();
}
