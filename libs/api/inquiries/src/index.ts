export * from './inquiry.entities';
export * from './inquiries.module';
export * from './inquiries.service';
export { CreateInquiryDto } from './dto/inquiry.dto';
