export { ImportPacket, type ImportPacketProps } from './ImportPacket';
