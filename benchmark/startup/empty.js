// Start-up floor: an empty program. Measures process start, V8 set-up, bootstrap and exit.
