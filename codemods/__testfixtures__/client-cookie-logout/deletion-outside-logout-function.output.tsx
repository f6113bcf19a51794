"use client";

import Cookies from "js-cookie";
import { useRouter } from "next/navigation";

export function WorkspaceSwitcher({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const router = useRouter();

  function switchWorkspace(id: string) {
    Cookies.remove("workspace_session");
    Cookies.set("workspace", id);
    router.refresh();
  }

  return (
    <ul>
      {workspaces.map((workspace) => (
        <li key={workspace.id}>
          <button type="button" onClick={() => switchWorkspace(workspace.id)}>
            {workspace.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
