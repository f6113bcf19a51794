// The children slot renders nothing: the root layout shows @authenticated or @guest.
export default function Page() {
  return null;
}
