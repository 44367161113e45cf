// Loaded into a benchmarked server with `node --import`: when the server was
// started with an IPC channel, it sends its process.memoryUsage() to the
// parent every 10 ms, so a benchmark can tell the V8 heap from buffers
// outside it. Nothing is served: no address, no effect without the channel.
if (process.send) {
  setInterval(() => {
    if (process.connected) process.send(process.memoryUsage());
  }, 10).unref();
}
