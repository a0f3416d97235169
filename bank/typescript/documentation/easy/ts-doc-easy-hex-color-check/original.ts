// Checks that a text is a colour code such as "#fff" or "#1a2B3c".

const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function isHexColor(text: string): boolean {
  return HEX_COLOR.test(text);
}
