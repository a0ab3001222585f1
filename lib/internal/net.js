'use strict';
// Address helpers shared by net, dns and url: isIP / isIPv4 / isIPv6 (a zone id such as
// "fe80::1%eth0" is allowed, as node allows it).

const kDecimalOctet = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;
const kZone = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  const parts = `${input}`.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (!kDecimalOctet.test(parts[i])) return false;
  return true;
}

function isIPv6(input) {
  let s = `${input}`;
  const percent = s.indexOf('%');
  if (percent !== -1) {
    if (!kZone.test(s.slice(percent + 1))) return false;
    s = s.slice(0, percent);
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    const parts = halves[h].split(':');
    for (let i = 0; i < parts.length; i++) {
      // A dotted IPv4 address may stand for the last two groups.
      if (h === halves.length - 1 && i === parts.length - 1 && parts[i].includes('.')) {
        if (!isIPv4(parts[i])) return false;
        groups += 2;
      } else if (kHexGroup.test(parts[i])) {
        groups++;
      } else {
        return false;
      }
    }
  }
  return halves.length === 2 ? groups < 8 : groups === 8;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
