/**
 * The client's address as seen through `trustedHops` proxies, each of which
 * appends the address it received from to X-Forwarded-For. With no trusted
 * proxy, the socket's address; entries a client wrote itself are never used.
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops) {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "");
  if (trustedHops === 0) return socket;
  const chain = [
    ...String(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    socket,
  ];
  return chain[Math.max(chain.length - 1 - trustedHops, 0)];
}
