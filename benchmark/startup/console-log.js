// Start-up plus the first use of console (loads util.inspect and the stdout stream).
console.log('hello', { a: 1, b: [1, 2, 3] });
