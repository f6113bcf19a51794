"use client";

export function Toolbar() {
  return (
    <div role="toolbar">
      <button
        type="button"
        onClick={() => {
          window.location.replace("/logout");
        }}
      >
        Log out
      </button>
    </div>
  );
}
