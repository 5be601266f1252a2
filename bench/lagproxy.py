#!/usr/bin/env python3
"""A TCP relay that delays every chunk by a fixed time in each direction: a server that far away.

    bench/lagproxy.py LISTEN_PORT TARGET_PORT DELAY_MS

LISTEN_PORT 0 takes a free port; the port is printed on the first line of standard output.
For benchmarks only (bench/scale.sh --target-delay): the machine has no tc netem. Round trips
through it measured 2.5 ms with DELAY_MS 1 (psql's \\timing of SELECT 1; 0.1 ms direct).
"""
import asyncio
import sys


async def relay(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def sender():
        while True:
            due, data = await queue.get()
            if data is None:
                writer.close()
                return
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()

    task = asyncio.create_task(sender())
    try:
        while True:
            data = await reader.read(262144)
            if not data:
                break
            queue.put_nowait((loop.time() + delay, data))
    finally:
        queue.put_nowait((0, None))
        await task


async def main():
    listen, target, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000.0

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(relay(client_reader, server_writer, delay),
                             relay(server_reader, client_writer, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    asyncio.run(main())
