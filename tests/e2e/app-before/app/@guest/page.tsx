export default function Landing() {
  return (
    <main>
      <h1>GUEST</h1>
      <ul>
        <li>
          <a href="/login">Log in</a>
        </li>
      </ul>
    </main>
  );
}
