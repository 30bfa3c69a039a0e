import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IMPORT_MAX_FILE_BYTES, IMPORT_SHEETS, RESOURCES, type ImportSheet } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, invalid, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { DecideManyDto, DecideRowDto, MappingDto } from './dto/import.dto';
import { IMPORT_LIST_SPEC, IMPORT_ROW_LIST_SPEC, ImportsService, type UploadedFile } from './imports.service';
import { templateCsv, templateWorkbook } from './template';

/** The most files one upload takes: a workbook, or one CSV per sheet. */
const MAX_FILES = 3;

/** Moving in from spreadsheets (supervisors): templates, upload and dry run, mapping, commit, void. */
@ApiTags('imports')
@Controller(RESOURCES.imports)
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly audit: AuditService,
  ) {}

  /** The template: an .xlsx workbook of the three sheets, or one sheet as CSV. */
  @Get('template')
  @Can(RESOURCES.imports, 'template')
  @ApiOkResponse({
    description: 'The template, as an attachment',
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string', description: 'UTF-8 with a BOM, as Excel opens it' } },
    },
  })
  @ApiQuery({ name: 'format', enum: ['xlsx', 'csv'], required: false })
  @ApiQuery({ name: 'sheet', enum: IMPORT_SHEETS, required: false, description: 'For CSV: which sheet (default cases)' })
  async template(@CurrentUser() user: AuthUser, @Res() res: Response, @Query('format') format = 'xlsx', @Query('sheet') sheet = 'cases') {
    if (format !== 'xlsx' && format !== 'csv') throw invalid('IMPORT_FILE_TYPE', 'format must be xlsx or csv');
    if (!IMPORT_SHEETS.includes(sheet as ImportSheet)) throw invalid('IMPORT_FILE_TYPE', `sheet must be one of ${IMPORT_SHEETS.join(', ')}`);
    await this.audit.record({ actor: user, action: 'export', entity: 'import_template', detail: { format, sheet } });
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="tsunagu-import-${sheet}.csv"`);
      res.send(templateCsv(sheet as ImportSheet));
      return;
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', 'attachment; filename="tsunagu-import-template.xlsx"');
    res.send(await templateWorkbook());
  }

  @Get()
  @Can(RESOURCES.imports, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(IMPORT_LIST_SPEC) list: ListQuery) {
    return this.imports.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.imports, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.imports.get(user, id);
  }

  /** Upload and dry run: reads the file(s) and checks every row; nothing is imported until the commit. */
  @Post()
  @Can(RESOURCES.imports, 'create')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } })
  @UseInterceptors(FilesInterceptor('files', MAX_FILES, { limits: { fileSize: IMPORT_MAX_FILE_BYTES, files: MAX_FILES, fields: 0, parts: MAX_FILES } }))
  upload(@CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedFile[] | undefined) {
    return this.imports.upload(user, files ?? []);
  }

  /** The mapping step: which column each header of the file fills; the dry run runs again. */
  @Put(':id')
  @Can(RESOURCES.imports, 'edit')
  mapping(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MappingDto) {
    return this.imports.mapping(user, id, dto);
  }

  /** One decision for every row of an outcome: skip all rows with errors, or decide all possible duplicates. */
  @Post(':id/decisions')
  @HttpCode(200)
  @Can(RESOURCES.imports, 'decide')
  decideMany(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideManyDto) {
    return this.imports.decideMany(user, id, dto);
  }

  /** Writes the batch in one transaction, once no row has an error or an undecided duplicate. */
  @Post(':id/commit')
  @HttpCode(200)
  @Can(RESOURCES.imports, 'commit')
  commit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.imports.commit(user, id);
  }

  /** Voids every record of a committed batch with a reason, or drops a draft. */
  @Delete(':id')
  @Can(RESOURCES.imports, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.imports.remove(user, id, dto);
  }
}

/** The rows of a batch as the dry run left them, and the supervisor's decisions on them. */
@ApiTags('imports')
@Controller(RESOURCES.importRows)
export class ImportRowsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @Can(RESOURCES.importRows, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(IMPORT_ROW_LIST_SPEC) list: ListQuery) {
    return this.imports.rows(user, list);
  }

  @Put(':id')
  @Can(RESOURCES.importRows, 'edit')
  decide(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideRowDto) {
    return this.imports.decide(user, id, dto);
  }
}
